from timedesk.cli import main

raise SystemExit(main())
