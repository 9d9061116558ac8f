"""Put the devset's generator model (../shared/devset/tools) on sys.path."""
import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parents[3] / "shared" / "devset" / "tools"
sys.path.insert(0, str(TOOLS))
