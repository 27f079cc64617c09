<?php
// A php-enqueue consumer (vendor code) hands every message to the
// processor bound to the queue: the processor notes each episode it
// indexed in a property, and one processor serves the whole consumer.

require __DIR__ . '/vendor/queue-interop/Interop.php';
require __DIR__ . '/vendor/enqueue/Consumer.php';
require __DIR__ . '/src/EpisodeIndexProcessor.php';

$consumer = new Enqueue\Consumption\QueueConsumer();
$processor = new App\Queue\EpisodeIndexProcessor();
$consumer->bind('episodes', $processor);
$consumer->consume((int) (getenv('PHPLEAK_N') ?: 100));
