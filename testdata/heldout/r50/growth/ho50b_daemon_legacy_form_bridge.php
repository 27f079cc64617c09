<?php

declare(strict_types=1);

namespace Queue {

    final class Job
    {
        public function __construct(
            public readonly int $id,
            public readonly string $uri,
            public readonly array $query,
            public readonly array $form,
            public readonly array $cookies,
        ) {
        }
    }

    /** Stand-in for a beanstalkd tube: reserve() blocks for the next job. */
    final class Tube
    {
        private int $reserved = 0;

        public function __construct(private string $name, private int $limit)
        {
        }

        public function reserve(int $timeout = 5): ?Job
        {
            if ($this->reserved >= $this->limit) {
                return null;
            }
            $id = ++$this->reserved;
            $form = ['order_ref' => sprintf('PO-%06d', $id), 'submit' => 'save'];
            foreach ([1, 2, 3] as $n) {
                $line = $id * 10 + $n;
                $form["line_{$line}_qty"] = (string) ($n * 2);
                $form["line_{$line}_note"] = 'deliver to dock ' . $n . ', call ahead: ' . substr(sha1((string) $line), 0, 24);
            }

            return new Job($id, '/legacy/purchase_order.php?action=update', ['action' => 'update'], $form, ['PHPSESSID' => 'svc-importer']);
        }

        public function delete(Job $job): void
        {
        }

        public function bury(Job $job): void
        {
        }
    }
}

namespace Legacy {

    /**
     * The old purchase-order screen, still the only code that knows how to
     * validate lines. It reads everything from $_REQUEST.
     */
    function purchase_order_update(): array
    {
        $lines = [];
        foreach (array_keys($_POST) as $key) {
            if (preg_match('/^line_(\d+)_qty$/', (string) $key, $m)) {
                $lines[(int) $m[1]] = ['qty' => (int) $_REQUEST[$key], 'note' => (string) ($_REQUEST["line_{$m[1]}_note"] ?? '')];
            }
        }

        return ['ref' => $_REQUEST['order_ref'] ?? null, 'lines' => $lines];
    }
}

namespace App\Bridge {

    use Queue\Job;

    /**
     * Runs a queued form submission through the legacy screen by making the
     * superglobals look like the original HTTP request.
     */
    final class LegacyRequestBridge
    {
        public function run(Job $job, callable $script): mixed
        {
            $this->populate($job);
            try {
                return $script();
            } finally {
                $_SERVER['REQUEST_URI'] = '/';
            }
        }

        private function populate(Job $job): void
        {
            $_SERVER['REQUEST_METHOD'] = 'POST';
            $_SERVER['REQUEST_URI'] = $job->uri;
            $_GET = $job->query;
            $_POST = $job->form;
            $_COOKIE = $job->cookies;
            // request_order "GP": POST wins over GET, as in php.ini
            $_REQUEST = $_POST + $_GET + $_REQUEST; // leak
        }
    }
}

namespace App {

    use App\Bridge\LegacyRequestBridge;
    use Queue\Tube;

    final class PurchaseOrderImporter
    {
        private int $imported = 0;

        public function __construct(private Tube $tube, private LegacyRequestBridge $bridge)
        {
        }

        public function work(): void
        {
            while ($job = $this->tube->reserve()) {
                try {
                    $result = $this->bridge->run($job, 'Legacy\purchase_order_update');
                    if ($result['ref'] === null) {
                        $this->tube->bury($job);
                        continue;
                    }
                    $this->imported++;
                    $this->tube->delete($job);
                } catch (\Throwable $e) {
                    $this->tube->bury($job);
                }
            }
        }
    }
}

namespace {

    use App\Bridge\LegacyRequestBridge;
    use App\PurchaseOrderImporter;
    use Queue\Tube;

    $importer = new PurchaseOrderImporter(
        new Tube('po-import', (int) (getenv('PHPLEAK_N') ?: 100)),
        new LegacyRequestBridge(),
    );
    $importer->work();
}
