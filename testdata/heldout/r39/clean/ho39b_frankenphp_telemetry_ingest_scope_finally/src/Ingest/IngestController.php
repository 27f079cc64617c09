<?php

namespace Game\Ingest;

use Sentry\Breadcrumb;
use Sentry\State\Hub;
use Sentry\State\Scope;

final class IngestController
{
    public function __construct(
        private readonly Hub $hub,
        private readonly RecentFrames $recent,
        private readonly CheatSignalAggregator $signals,
    ) {
    }

    /** @return array{int, string} */
    public function __invoke(array $server, string $body): array
    {
        $batch = TelemetryBatch::fromJson($body);

        $this->hub->pushScope();
        $this->hub->configureScope(static function (Scope $scope) use ($batch, $server): void {
            $scope->setTag('match', $batch->matchId)
                ->setTag('build', $batch->clientBuild)
                ->setTag('platform', $batch->platform)
                ->setUser(['id' => $batch->playerId, 'ip_address' => $server['REMOTE_ADDR'] ?? null])
                ->setContext('batch', ['seq' => $batch->sequence, 'events' => count($batch->events), 'ua' => $server['HTTP_USER_AGENT'] ?? ''])
                ->addBreadcrumb(new Breadcrumb('info', 'ingest', sprintf('batch %d from %s in %s', $batch->sequence, $batch->playerId, $batch->matchId)));
        });

        try {
            if (!$this->recent->remember($batch->frameHash())) {
                return [208, 'already reported'];
            }

            $flagged = $this->signals->absorb($batch);
        } finally {
            $this->hub->popScope();
        }

        return [202, json_encode(['accepted' => count($batch->events), 'flagged' => $flagged], JSON_THROW_ON_ERROR)];
    }
}
