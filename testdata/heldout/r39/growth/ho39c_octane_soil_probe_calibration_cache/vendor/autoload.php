<?php

require __DIR__ . '/octane-lite/Container.php';
require __DIR__ . '/octane-lite/Facade.php';
require __DIR__ . '/octane-lite/Request.php';
