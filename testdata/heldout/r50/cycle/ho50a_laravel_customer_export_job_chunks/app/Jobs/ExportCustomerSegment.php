<?php

namespace App\Jobs;

use App\Jobs\Concerns\IteratesInChunks;
use App\Repositories\CustomerRepository;
use App\Services\Config;
use App\Services\ExportStorage;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Queue\SerializesModels;

class ExportCustomerSegment implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable, SerializesModels;
    use IteratesInChunks;

    private string $csv = '';
    private int $written = 0;

    public function __construct(public string $segment, public int $requestedBy)
    {
        $this->onQueue('exports');
    }

    public function handle(CustomerRepository $customers, ExportStorage $storage): void
    {
        $maxRows = (int) Config::get('exports.max_rows', 1000);
        $pages = $this->chunks(
            fn (int $page, int $perPage): array => $customers->page($this->segment, $page, $perPage),
            (int) Config::get('exports.chunk_size', 100),
        );

        $this->csv = "id,name,email,lifetime_value\n";
        foreach ($pages as $rows) {
            foreach ($rows as $row) {
                $this->csv .= implode(',', $row) . "\n";
                $this->written++;
            }
            if ($this->written >= $maxRows) {
                break;
            }
        }

        $storage->put(sprintf('segments/%s/%d.csv', $this->segment, $this->requestedBy), $this->csv);
    }

    public function __serialize(): array
    {
        return ['segment' => $this->segment, 'requestedBy' => $this->requestedBy, 'queue' => $this->queue];
    }

    public function __unserialize(array $data): void
    {
        $this->segment = $data['segment'];
        $this->requestedBy = $data['requestedBy'];
        $this->queue = $data['queue'];
    }
}
