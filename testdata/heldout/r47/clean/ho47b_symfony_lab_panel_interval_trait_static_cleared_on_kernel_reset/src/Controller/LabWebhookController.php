<?php

namespace App\Controller;

use App\Lab\LabResultReceived;
use App\Lab\Signalment;
use Symfony\Component\EventDispatcher\EventDispatcher;

final class LabWebhookController
{
    public function __construct(private EventDispatcher $dispatcher)
    {
    }

    public function __invoke(array $request): array
    {
        $payload = json_decode($request['body'], true, 16, JSON_THROW_ON_ERROR);
        $event = $this->dispatcher->dispatch(new LabResultReceived(
            $payload['accession'],
            new Signalment($payload['patient']['id'], $payload['patient']['species'], $payload['patient']['breed'], $payload['patient']['age_months']),
            array_map('floatval', $payload['results']),
        ));
        $abnormal = array_keys(array_filter($event->flags, fn (string $f) => $f !== 'N'));
        return ['status' => 202, 'body' => json_encode(['accession' => $event->accession, 'abnormal' => $abnormal])];
    }
}
