<?php

require_once __DIR__ . '/symfony/event-dispatcher-contracts/Event.php';
require_once __DIR__ . '/symfony/event-dispatcher-contracts/EventDispatcherInterface.php';
require_once __DIR__ . '/symfony/event-dispatcher/EventSubscriberInterface.php';
require_once __DIR__ . '/symfony/event-dispatcher/EventDispatcher.php';
require_once __DIR__ . '/symfony/service-contracts/ResetInterface.php';
require_once __DIR__ . '/symfony/http-foundation/ParameterBag.php';
require_once __DIR__ . '/symfony/http-foundation/Request.php';
require_once __DIR__ . '/symfony/http-foundation/Response.php';
require_once __DIR__ . '/symfony/http-kernel/KernelEvents.php';
require_once __DIR__ . '/symfony/http-kernel/Event/KernelEvent.php';
require_once __DIR__ . '/symfony/http-kernel/Event/RequestEvent.php';
require_once __DIR__ . '/symfony/http-kernel/Event/ResponseEvent.php';
require_once __DIR__ . '/symfony/http-kernel/Event/TerminateEvent.php';
require_once __DIR__ . '/symfony/http-kernel/HttpKernel.php';
require_once __DIR__ . '/symfony/http-kernel/ServicesResetter.php';
