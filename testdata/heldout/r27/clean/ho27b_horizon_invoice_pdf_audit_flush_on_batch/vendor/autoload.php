<?php

require __DIR__ . '/illuminate/container.php';
require __DIR__ . '/illuminate/events.php';
require __DIR__ . '/illuminate/queue.php';
require __DIR__ . '/dompdf/dompdf.php';
