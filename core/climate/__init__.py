"""Climate adaptation screening: heavy rain (fill, flow, sinks) and heat, and what a measure changes."""
