import sys

from ecodesk.db.writer_process import WRITER_FLAG, serve

if len(sys.argv) == 3 and sys.argv[1] == WRITER_FLAG:
    # A frozen build runs the bulk import's writer process through its own executable.
    serve(sys.argv[2], sys.stdin.buffer, sys.stdout.buffer)
    raise SystemExit(0)

from ecodesk.cli import main

raise SystemExit(main())
