<?php

require_once __DIR__ . '/nyholm/psr7/ServerRequest.php';
require_once __DIR__ . '/nyholm/psr7/Response.php';
require_once __DIR__ . '/spiral/roadrunner-http/PSR7Worker.php';
