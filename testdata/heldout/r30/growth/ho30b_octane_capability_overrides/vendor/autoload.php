<?php

require_once __DIR__ . '/illuminate-lite/Container.php';
require_once __DIR__ . '/illuminate-lite/Facade.php';
require_once __DIR__ . '/illuminate-lite/Config.php';
