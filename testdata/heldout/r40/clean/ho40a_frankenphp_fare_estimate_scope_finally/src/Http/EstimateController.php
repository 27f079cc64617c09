<?php

namespace App\Http;

use App\Pricing\EstimateCache;
use App\Pricing\FareEstimator;
use App\Pricing\ZoneResolver;
use Sentry\State\Breadcrumb;
use Sentry\State\SentrySdk;

final class EstimateController
{
    public function __construct(
        private ZoneResolver $zones,
        private FareEstimator $estimator,
        private EstimateCache $cache,
    ) {}

    public function __invoke(array $server, array $query): array
    {
        $hub = SentrySdk::getCurrentHub();
        $scope = $hub->pushScope();
        $scope->setTransaction('GET /v1/fares/estimate')
            ->setTag('request_id', $server['HTTP_X_REQUEST_ID'] ?? '')
            ->setTag('app_version', $server['HTTP_X_APP_VERSION'] ?? 'unknown')
            ->setUser(['id' => $query['rider'] ?? null, 'ip_address' => $server['REMOTE_ADDR'] ?? null]);
        $hub->addBreadcrumb(new Breadcrumb('info', 'http', 'fare.estimate', sprintf(
            'estimate %s,%s -> %s,%s',
            $query['from_lat'], $query['from_lng'], $query['to_lat'], $query['to_lng'],
        ), ['product' => $query['product'] ?? 'economy'], (float) ($server['REQUEST_TIME_FLOAT'] ?? 0)));

        try {
            $from = $this->zones->nearest((float) $query['from_lat'], (float) $query['from_lng']);
            $to = $this->zones->nearest((float) $query['to_lat'], (float) $query['to_lng']);
            $product = (string) ($query['product'] ?? 'economy');

            $key = $this->cache->key($from, $to, $product);
            if (null !== $cached = $this->cache->get($key)) {
                return ['status' => 200, 'body' => $cached + ['cached' => true]];
            }

            if ($key === null) {
                return ['status' => 422, 'body' => ['error' => 'unknown_product']];
            }

            $estimate = $this->estimator->estimate($from, $to, $product);
            $this->cache->put($key, $estimate);

            return ['status' => 200, 'body' => $estimate];
        } finally {
            $hub->popScope();
        }
    }
}
