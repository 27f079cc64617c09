<?php

declare(strict_types=1);

require __DIR__ . '/vendor/monolog.php';
require __DIR__ . '/vendor/messenger.php';
require __DIR__ . '/src/Media.php';

use App\Media\GenerateThumbnails;
use App\Media\GenerateThumbnailsHandler;
use App\Media\ImageResizer;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\ReceiverInterface;
use Symfony\Component\Messenger\Worker;

$logger = (require __DIR__ . '/config/logging.php')();

$receiver = new class ((int) (getenv('PHPLEAK_N') ?: 100)) implements ReceiverInterface {
    public function __construct(private int $limit)
    {
    }

    public function get(): iterable
    {
        for ($i = 0; $i < $this->limit; $i++) {
            yield new Envelope(new GenerateThumbnails(
                90000 + $i,
                sprintf('/srv/media/uploads/%04d/%02d/%s.jpg', 2020 + $i % 5, 1 + $i % 12, hash('sha1', "asset$i")),
                'image/jpeg',
                1920 + ($i % 7) * 320,
                1080 + ($i % 5) * 240,
            ));
        }
    }
};

$handler = new GenerateThumbnailsHandler(new ImageResizer(), $logger);
$worker = new Worker($receiver, [GenerateThumbnails::class => $handler]);
$worker->run();
