<?php

require __DIR__ . '/symfony/messenger/Messenger.php';
require __DIR__ . '/acme/stopwatch-profiler/src/Profiler.php';
