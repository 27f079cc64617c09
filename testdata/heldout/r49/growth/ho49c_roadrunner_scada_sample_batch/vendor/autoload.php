<?php

require __DIR__ . '/nyholm/psr7/src/ServerRequest.php';
require __DIR__ . '/nyholm/psr7/src/Response.php';
require __DIR__ . '/spiral/roadrunner-http/src/PSR7Worker.php';
