<?php

declare(strict_types=1);

namespace App;

use App\Jobs\GenerateVideoThumbnails;
use Illuminate\Queue\Queue;

/**
 * Stand-in for the "media" Redis queue: uploads finish all day long, so
 * there is always a thumbnail job waiting.
 */
final class RedisQueue implements Queue
{
    private int $seq = 0;

    public function pop(string $queue): ?string
    {
        $n = ++$this->seq;
        $job = new GenerateVideoThumbnails(
            videoId: 640000 + $n,
            uploaderId: 9000 + ($n * 13) % 700,
            sourcePath: sprintf('uploads/%s/original.mp4', bin2hex(random_bytes(10))),
            durationSeconds: 45.0 + ($n * 17) % 3600,
            meta: [
                'title' => sprintf('Vlog %d: %s', $n, ['studio tour', 'gear review', 'Q&A', 'road trip'][$n % 4]),
                'description' => str_repeat("Recorded on day $n. ", 12),
                'codec' => 'h264',
            ],
        );

        return json_encode([
            'uuid' => sprintf('%08x-%04x', $n * 2654435761 % 0xFFFFFFFF, $n % 0xFFFF),
            'displayName' => GenerateVideoThumbnails::class,
            'data' => ['commandName' => GenerateVideoThumbnails::class, 'command' => serialize($job)],
        ]);
    }
}
