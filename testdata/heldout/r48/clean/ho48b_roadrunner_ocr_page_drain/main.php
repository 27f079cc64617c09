<?php

declare(strict_types=1);

// RoadRunner jobs worker: extracts text from claim documents (repair
// estimates, police reports) uploaded after first notice of loss.

require __DIR__ . '/src/Spiral/RoadRunner/Jobs/ReceivedTask.php';
require __DIR__ . '/src/Spiral/RoadRunner/Jobs/Consumer.php';
require __DIR__ . '/src/App/Ocr/PageImage.php';
require __DIR__ . '/src/App/Ocr/RecognizedPage.php';
require __DIR__ . '/src/App/Ocr/PageQueue.php';
require __DIR__ . '/src/App/Ocr/TesseractEngine.php';
require __DIR__ . '/src/App/Ocr/OcrPipeline.php';
require __DIR__ . '/src/App/Claims/DocumentIndexer.php';

use App\Claims\DocumentIndexer;
use App\Ocr\OcrPipeline;
use App\Ocr\PageQueue;
use App\Ocr\TesseractEngine;
use Spiral\RoadRunner\Jobs\Consumer;

$consumer = new Consumer();
$pipeline = new OcrPipeline(new PageQueue(), new TesseractEngine('eng', 6), new DocumentIndexer());

while ($task = $consumer->waitTask()) {
    try {
        $document = json_decode($task->getPayload(), true, 16, JSON_THROW_ON_ERROR);
        $pipeline->process($document);
        $task->complete();
    } catch (\Throwable $e) {
        $task->fail($e);
    }
}
