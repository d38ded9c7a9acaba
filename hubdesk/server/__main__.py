from hubdesk.server.cli import main

raise SystemExit(main())
