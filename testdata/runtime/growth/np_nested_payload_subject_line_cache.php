<?php

declare(strict_types=1);

// A mail queue consumer renders each job's subject line through a helper
// that memoises the rendered line in a function static. The memo key
// holds the replacements, and those come from the customer record nested
// in the job's payload ($payload['customer']['name'], a renewal date made
// from its timestamp): a new entry per job.

namespace Mail {

    function subject(string $template, array $replace): string
    {
        static $rendered = [];

        $key = $template . '|' . http_build_query($replace);
        if (isset($rendered[$key])) {
            return $rendered[$key];
        }
        $line = $template;
        foreach ($replace as $name => $value) {
            $line = str_replace('{' . $name . '}', (string) $value, $line);
        }

        return $rendered[$key] = str_pad($line, 400, '.'); // leak
    }

    final class RenewalReminder
    {
        public function build(array $payload): array
        {
            $customer = $payload['customer'];

            return [
                'to' => $customer['email'],
                'subject' => subject('Your {plan} plan renews on {date}, {name}', [
                    'name' => $customer['name'],
                    'plan' => $customer['plan'],
                    'date' => date('Y-m-d', $customer['renews_at']),
                ]),
            ];
        }
    }

    final class Consumer
    {
        public int $sent = 0;

        public function __construct(private readonly RenewalReminder $reminder)
        {
        }

        public function handle(array $job): void
        {
            $mail = $this->reminder->build($job['payload']);
            $this->sent += strlen($mail['subject']);
        }
    }
}

namespace {

    $consumer = new Mail\Consumer(new Mail\RenewalReminder());
    $plans = ['starter', 'team', 'business'];
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $consumer->handle(['id' => 'job-' . $i, 'payload' => ['customer' => [
            'email' => "c{$i}@example.com",
            'name' => 'Customer ' . (7000 + $i),
            'plan' => $plans[$i % 3],
            'renews_at' => 1710000000 + $i * 86400,
        ]]]);
    }
}
