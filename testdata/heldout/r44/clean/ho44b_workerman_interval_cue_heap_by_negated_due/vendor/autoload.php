<?php

// Generated class map (composer dump-autoload --classmap-authoritative, trimmed).

declare(strict_types=1);

require_once __DIR__ . '/workerman/workerman/src/Timer.php';
require_once __DIR__ . '/workerman/workerman/src/Worker.php';
require_once __DIR__ . '/workerman/workerman/src/Connection/TcpConnection.php';

require_once __DIR__ . '/../app/Container.php';
require_once __DIR__ . '/../app/Plans/IntervalStep.php';
require_once __DIR__ . '/../app/Plans/TrainingPlanRepository.php';
require_once __DIR__ . '/../app/Push/PushGateway.php';
require_once __DIR__ . '/../app/Coach/Cue.php';
require_once __DIR__ . '/../app/Coach/CueComposer.php';
require_once __DIR__ . '/../app/Coach/CueScheduler.php';
require_once __DIR__ . '/../app/Coach/IntervalCoachController.php';
