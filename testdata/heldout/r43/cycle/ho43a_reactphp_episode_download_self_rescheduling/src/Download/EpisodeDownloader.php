<?php

namespace Podcast\Download;

use Podcast\Feed\Episode;
use React\EventLoop\Loop;
use React\Promise\Deferred;
use React\Promise\Promise;

final class EpisodeDownloader
{
    public function __construct(
        private Loop $loop,
        private RangeClient $client,
        private int $chunkSize = 256,
    ) {
    }

    public function download(Episode $episode): Promise
    {
        $deferred = new Deferred();
        $download = new EpisodeDownload($episode, $this->chunkSize);

        $fetchNext = function () use (&$fetchNext, $download, $deferred): void { // leak
            [$from, $to] = $download->nextRange();
            $response = $this->client->fetch($download->episode->enclosureUrl, $from, $to);
            $download->append($response['body'], $response['etag']);

            if (!$download->complete()) {
                $this->loop->futureTick($fetchNext);

                return;
            }

            $deferred->resolve([
                'guid' => $download->episode->guid,
                'bytes' => $download->received,
                'sha256' => $download->checksum(),
            ]);
        };

        $this->loop->futureTick($fetchNext);

        return $deferred->promise();
    }
}
