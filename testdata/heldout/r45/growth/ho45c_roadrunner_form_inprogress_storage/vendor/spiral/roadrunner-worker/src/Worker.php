<?php

namespace Spiral\RoadRunner;

/**
 * Worker connected to the RoadRunner server over the relay. This build's
 * relay replays captured form traffic (RR_RELAY=replay) and ends after
 * PHPLEAK_N requests.
 */
final class Worker implements WorkerInterface
{
    private int $served = 0;
    private int $limit;

    private function __construct()
    {
        $this->limit = (int) (getenv('PHPLEAK_N') ?: 100);
    }

    public static function create(bool $interceptSideEffects = true): self
    {
        return new self();
    }

    public function waitPayload(): ?Payload
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $i = $this->served++;
        $forms = ['contact-us', 'event-registration', 'product-feedback'];
        $form = $forms[$i % 3];
        $body = [
            'respondent' => sprintf('rsp_%07d_%s', $i, substr(sha1('r' . $i), 0, 10)),
            'name' => ['Ana Lima', 'Jonas Becker', 'Priya Natarajan', 'Tom O\'Neill'][$i % 4],
            'email' => sprintf('person%05d@example.org', $i),
            'company' => ['Acme Research GmbH', 'Northwind Panels', 'Blue Harbor Analytics'][$i % 3],
            'message' => str_repeat('We would like to run a recurring customer survey with quotas per region. ', 1 + $i % 3),
            'attendees' => (string) (1 + $i % 4),
            'diet' => ['none', 'vegetarian', 'vegan', 'gluten-free'][$i % 4],
            'rating' => (string) (1 + $i % 5),
            'consent' => $i % 7 === 0 ? '' : 'yes',
        ];
        $context = [
            'method' => 'POST',
            'uri' => '/forms/' . $form . '/submissions',
            'remoteAddr' => '192.168.' . (($i >> 8) & 255) . '.' . ($i & 255),
            'headers' => ['Content-Type' => ['application/x-www-form-urlencoded'], 'X-Channel' => [$i % 5 === 0 ? 'kiosk' : 'web']],
            'parsed' => true,
        ];

        return new Payload(json_encode($body), json_encode($context));
    }

    public function respond(Payload $payload): void
    {
    }

    public function error(string $error): void
    {
    }

    public function stop(): void
    {
        $this->limit = 0;
    }
}
