<?php
// A queue consumer configures its logger once with a breadcrumb processor that attaches recent log lines to every record it processes.

namespace Monolog {
    final class Logger
    {
        /** @var list<callable> */
        private array $processors = [];
        /** @var list<array> */
        public array $buffer = [];

        public function __construct(public readonly string $name) {}

        public function pushProcessor(callable $processor): self
        {
            array_unshift($this->processors, $processor);
            return $this;
        }

        public function info(string $message, array $context = []): void
        {
            $record = ['channel' => $this->name, 'level' => 'INFO', 'message' => $message, 'context' => $context, 'extra' => []];
            foreach ($this->processors as $p) {
                $record = $p($record);
            }
            $this->buffer = [$record];
        }
    }
}

namespace App\Logging {
    use Monolog\Logger;

    final class BreadcrumbConfigurator
    {
        public static function configure(Logger $logger, string $release): void
        {
            $crumbs = ["boot {$release}"];
            $logger->pushProcessor(function (array $record) use (&$crumbs): array {
                $crumbs[] = sprintf('[%s] %s %s', $record['level'], $record['message'], json_encode($record['context'])); // leak
                $record['extra']['breadcrumbs'] = $crumbs;
                return $record;
            });
        }
    }
}

namespace App\Queue {
    use Monolog\Logger;

    final class CustomerImportConsumer
    {
        public function __construct(private Logger $logger) {}

        public function consume(array $message): void
        {
            $this->logger->info('customer import started', ['id' => $message['id'], 'source' => $message['source']]);
            $normalized = array_map('trim', $message['fields']);
            $this->logger->info('customer import finished', ['id' => $message['id'], 'fields' => $normalized]);
        }
    }
}

namespace {
    use App\Logging\BreadcrumbConfigurator;
    use App\Queue\CustomerImportConsumer;
    use Monolog\Logger;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $logger = new Logger('worker');
    BreadcrumbConfigurator::configure($logger, 'v4.12.0');
    $consumer = new CustomerImportConsumer($logger);

    while ($n-- > 0) {
        $consumer->consume([
            'id' => 'cust_' . $n,
            'source' => 'crm-export.csv',
            'fields' => [' name ' => " Jane Doe {$n} ", 'email' => " jane{$n}@example.com ", 'street' => ' 12 Long Road, Apartment 4B ', 'city' => ' Springfield ', 'segment' => ' enterprise north-america renewals '],
        ]);
    }
}
