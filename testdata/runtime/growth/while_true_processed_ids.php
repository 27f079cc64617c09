<?php
// A daemon loop remembers every processed job in a local array declared before the loop.

final class FakeBeanstalk
{
    private int $counter = 0;

    public function reserve(): array
    {
        $this->counter++;
        return ['id' => $this->counter, 'payload' => json_encode(['to' => "u{$this->counter}@example.org", 'template' => str_repeat('welcome ', 40)])];
    }

    public function delete(int $id): void {}
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$client = new FakeBeanstalk();
$processed = [];
$count = 0;
while (true) {
    $job = $client->reserve();
    $data = json_decode($job['payload'], true);
    $processed[$job['id']] = $data; // leak
    $client->delete($job['id']);
    if (++$count >= $n) {
        break;
    }
}
