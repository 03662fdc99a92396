from enum import StrEnum


class LoudnessAnalysisEventType(StrEnum):
    LOUDNESSANALYSIS = "loudnessAnalysis"

    def __str__(self) -> str:
        return str(self.value)
