<?php
// Appended to every runtime case (auto_append_file): collect garbage cycles,
// then print the memory still in use, as one integer. The case's globals are
// still alive here, so long-lived roots stay reachable.
gc_collect_cycles();
echo memory_get_usage();
