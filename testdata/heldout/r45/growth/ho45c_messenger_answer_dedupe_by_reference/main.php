<?php

declare(strict_types=1);

// bin/console messenger:consume gateway --no-interaction

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Kernel.php';
require __DIR__ . '/src/Message/SubmitSurveyResponse.php';
require __DIR__ . '/src/Survey/QuestionCatalog.php';
require __DIR__ . '/src/Survey/AnswerNormalizer.php';
require __DIR__ . '/src/Survey/ResponseWriter.php';
require __DIR__ . '/src/Database/Connection.php';
require __DIR__ . '/src/MessageHandler/SubmitSurveyResponseHandler.php';
require __DIR__ . '/src/Messenger/FlushWriterMiddleware.php';
require __DIR__ . '/src/Transport/GatewayInboxReceiver.php';

use App\Kernel;
use App\Messenger\FlushWriterMiddleware;
use Symfony\Component\Messenger\Worker;

$kernel = new Kernel(require __DIR__ . '/config/services.php');
$bus = $kernel->bus([FlushWriterMiddleware::class]);

$worker = new Worker(['gateway' => $kernel->get('messenger.transport.gateway')], $bus);
$worker->run(['sleep' => 1_000_000]);
