<?php

require_once __DIR__ . '/spiral/roadrunner-http/src/PSR7Worker.php';
