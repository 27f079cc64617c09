<?php

require_once __DIR__ . '/orm-lite/src/ClassMetadataFactory.php';
require_once __DIR__ . '/orm-lite/src/UnitOfWork.php';
require_once __DIR__ . '/orm-lite/src/EntityManager.php';
