<?php

require_once __DIR__ . '/symfony/console/Attribute/AsCommand.php';
require_once __DIR__ . '/symfony/console/Input/InputInterface.php';
require_once __DIR__ . '/symfony/console/Input/ArrayInput.php';
require_once __DIR__ . '/symfony/console/Output/OutputInterface.php';
require_once __DIR__ . '/symfony/console/Output/NullOutput.php';
require_once __DIR__ . '/symfony/console/Command/Command.php';
require_once __DIR__ . '/symfony/console/Application.php';
