<?php

require __DIR__ . '/vendor/spiral/roadrunner-jobs/src/Consumer.php';
require __DIR__ . '/src/Index/Analyzer.php';
require __DIR__ . '/src/Index/Segment.php';
require __DIR__ . '/src/Index/IndexWriter.php';
require __DIR__ . '/src/Job/ReindexBatchHandler.php';

use App\Index\Analyzer;
use App\Job\ReindexBatchHandler;
use Spiral\RoadRunner\Jobs\Consumer;

$indexes = ['pages_en', 'pages_de', 'news'];
$consumer = new Consumer((int) (getenv('PHPLEAK_N') ?: 100), static function (int $n) use ($indexes): string {
    $docs = [];
    for ($d = 0; $d < 2; $d++) {
        $id = sprintf('%d-%d', $n, $d);
        $docs[] = [
            'id' => "doc-{$id}",
            'url' => "https://crawl.example.test/p/{$id}",
            'title' => "Crawled page {$id} title",
            'body' => "Page {$id} body text about crawler scheduling and index segment merging for batch {$n}",
        ];
    }

    return json_encode(['index' => $indexes[$n % 3], 'docs' => $docs]);
});

$handler = new ReindexBatchHandler(new Analyzer(), '/var/lib/search/segments');

while ($task = $consumer->waitTask()) {
    try {
        $handler->handle(json_decode($task->getPayload(), true, flags: JSON_THROW_ON_ERROR));
        $task->complete();
    } catch (\Throwable $e) {
        $task->fail($e, requeue: true);
    }
}
