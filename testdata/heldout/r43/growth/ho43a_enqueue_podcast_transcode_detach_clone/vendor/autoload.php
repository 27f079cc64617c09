<?php

require __DIR__ . '/queue-interop/src/Interop.php';
require __DIR__ . '/enqueue/consumption/src/QueueConsumer.php';
