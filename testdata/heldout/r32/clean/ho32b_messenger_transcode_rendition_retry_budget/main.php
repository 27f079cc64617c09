<?php
// bin/console messenger:consume transcode --stop-when-empty

require __DIR__ . '/vendor/symfony/messenger.php';
require __DIR__ . '/src/Message/TranscodeVideo.php';
require __DIR__ . '/src/Transcoding/RenditionJob.php';
require __DIR__ . '/src/Transcoding/EncoderPool.php';
require __DIR__ . '/src/Transcoding/RenditionScheduler.php';
require __DIR__ . '/src/Handler/TranscodeVideoHandler.php';

use Studio\Message\TranscodeVideo;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\ReceiverInterface;
use Symfony\Component\Messenger\Worker;

final class UploadQueueReceiver implements ReceiverInterface
{
    private int $delivered = 0;

    public function __construct(private int $total)
    {
    }

    public function get(): iterable
    {
        $batch = min(10, $this->total - $this->delivered);
        for ($k = 0; $k < $batch; $k++) {
            $i = $this->delivered++;
            $profiles = ['h264_480p', 'h264_720p', 'h264_1080p'];
            if ($i % 3 !== 0) {
                $profiles[] = $i % 2 ? 'av1_1080p' : 'vp9_1440p'; // creator asked for a next-gen codec
            }
            yield new Envelope(new TranscodeVideo(
                sprintf('vid_%06d', 120000 + $i),
                'ch_' . (40 + $i % 12),
                sprintf('s3://studio-uploads/raw/%d/%s.mov', 2024, bin2hex(pack('N', 0x1f00 + $i))),
                $profiles,
                180 + ($i * 37) % 3400,
                gmdate(DATE_ATOM, 1709290000 + $i * 11),
            ));
        }
    }

    public function ack(Envelope $envelope): void
    {
    }
}

$bus = require __DIR__ . '/config/services.php';
$worker = new Worker(new UploadQueueReceiver((int) (getenv('PHPLEAK_N') ?: 100)), $bus);
$worker->run();
