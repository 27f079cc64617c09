<?php

require __DIR__ . '/react/event-loop/src/Loop.php';
require __DIR__ . '/react/promise/src/Promise.php';
require __DIR__ . '/react/promise/src/Deferred.php';
