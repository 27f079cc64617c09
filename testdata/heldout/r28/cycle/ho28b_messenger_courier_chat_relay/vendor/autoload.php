<?php
require __DIR__ . '/symfony/EventDispatcher.php';
require __DIR__ . '/symfony/Messenger.php';
