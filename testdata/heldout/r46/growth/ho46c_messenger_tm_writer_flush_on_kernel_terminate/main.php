<?php

require __DIR__ . '/vendor/symfony/event-dispatcher.php';
require __DIR__ . '/vendor/symfony/messenger.php';
require __DIR__ . '/vendor/doctrine/dbal.php';
require __DIR__ . '/src/Message/TranslateDocument.php';
require __DIR__ . '/src/Memory/TranslationJob.php';
require __DIR__ . '/src/Memory/TmUnit.php';
require __DIR__ . '/src/Memory/TmUnitFactory.php';
require __DIR__ . '/src/Memory/TranslationMemoryWriter.php';
require __DIR__ . '/src/EventSubscriber/TmFlushSubscriber.php';
require __DIR__ . '/src/MessageHandler/TranslateDocumentHandler.php';

use App\Message\TranslateDocument;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Worker;

$services = (require __DIR__ . '/config/services.php')();

$receiver = (static function (): Generator {
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        yield new Envelope(new TranslateDocument("job-$i", 'en-US', 'fr-FR', [
            "Your export of project $i is ready to download.",
            "Reviewers can leave comments on any segment of file $i.",
            "The glossary was updated with {count} new terms in batch $i.",
        ]));
    }
})();

(new Worker($receiver, $services['messenger.handlers_locator'], $services['event_dispatcher']))->run();
