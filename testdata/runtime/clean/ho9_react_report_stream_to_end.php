<?php
// A ReactPHP server streams a report to each connection chunk by chunk from a generator resumed on drain events; clients read to the end.

namespace React\Stream {
    final class WritableResourceStream
    {
        private array $listeners = [];
        public int $bytes = 0;
        public bool $ended = false;

        public function __construct(public readonly int $id) {}

        public function on(string $event, callable $listener): void
        {
            $this->listeners[$event][] = $listener;
        }

        public function emit(string $event): void
        {
            foreach ($this->listeners[$event] ?? [] as $listener) {
                $listener();
            }
        }

        public function write(string $data): bool
        {
            $this->bytes += strlen($data);
            return false;
        }

        public function end(): void
        {
            $this->ended = true;
            $this->listeners = [];
        }
    }
}

namespace App\Reports {
    use React\Stream\WritableResourceStream;

    final class SalesReport
    {
        public function __construct(private string $region, private array $rows) {}

        public function chunks(): \Generator
        {
            yield "<h1>Sales {$this->region}</h1><table>";
            foreach ($this->rows as $row) {
                yield '<tr><td>' . implode('</td><td>', $row) . '</td></tr>';
            }
            yield '</table>';
        }
    }

    final class ReportStreamer
    {
        private array $streams = [];
        public int $disconnects = 0;

        public function serve(WritableResourceStream $conn, SalesReport $report): void
        {
            $chunks = $report->chunks();
            $conn->write($chunks->current());
            $this->streams[$conn->id] = $chunks;
            $conn->on('drain', function () use ($conn): void {
                $chunks = $this->streams[$conn->id];
                $chunks->next();
                if ($chunks->valid()) {
                    $conn->write($chunks->current());
                    return;
                }
                unset($this->streams[$conn->id]);
                $conn->end();
            });
            $conn->on('close', function (): void {
                $this->disconnects++;
            });
        }
    }
}

namespace {
    use App\Reports\ReportStreamer;
    use App\Reports\SalesReport;
    use React\Stream\WritableResourceStream;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $streamer = new ReportStreamer();
    for ($i = 0; $i < $n; $i++) {
        $rows = array_fill(0, 10, ["Store {$i}", 'Q' . ($i % 4 + 1), (string) ($i * 31)]);
        $conn = new WritableResourceStream($i);
        $streamer->serve($conn, new SalesReport('region-' . $i, $rows));
        while (!$conn->ended) {
            $conn->emit('drain');
        }
    }
}
