<?php
// Minimal stand-in for Composer's autoloader: the few library classes this
// feed server uses, loaded eagerly.
require __DIR__ . '/evenement/evenement/src/EventEmitterInterface.php';
require __DIR__ . '/evenement/evenement/src/EventEmitterTrait.php';
require __DIR__ . '/evenement/evenement/src/EventEmitter.php';
require __DIR__ . '/react/socket/src/ConnectionInterface.php';
require __DIR__ . '/react/socket/src/Connection.php';
