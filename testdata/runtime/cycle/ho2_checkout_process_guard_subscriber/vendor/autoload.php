<?php

require_once __DIR__ . '/symfony/event-dispatcher-contracts/Event.php';
require_once __DIR__ . '/symfony/event-dispatcher-contracts/EventDispatcherInterface.php';
require_once __DIR__ . '/symfony/event-dispatcher/EventSubscriberInterface.php';
require_once __DIR__ . '/symfony/event-dispatcher/EventDispatcher.php';
