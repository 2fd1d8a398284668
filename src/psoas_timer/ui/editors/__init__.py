"""The editors: a routine's blocks, an exercise's dosage, and sharing routines as files."""
