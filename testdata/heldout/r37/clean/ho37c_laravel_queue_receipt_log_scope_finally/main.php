<?php

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/app/Concerns/ScopesLogContext.php';
require __DIR__ . '/app/Services/Receipts.php';
require __DIR__ . '/app/Jobs/SendDonationReceipt.php';

use App\Jobs\SendDonationReceipt;
use App\Services\DonorRepository;
use App\Services\ReceiptMailer;
use Illuminate\Container\Container;
use Illuminate\Queue\Worker;
use Monolog\LastRecordHandler;
use Monolog\Logger;

$app = Container::getInstance();
$app->singleton('log', fn () => new Logger('queue', [new LastRecordHandler()]));
$app->singleton(DonorRepository::class, fn () => new DonorRepository());
$app->singleton(ReceiptMailer::class, fn () => new ReceiptMailer());

function receiptJobs(int $n): Generator
{
    $campaigns = ['Annual Fund', 'Scholarship Endowment', 'Animal Rescue Van'];
    for ($i = 0; $i < $n; $i++) {
        yield serialize(new SendDonationReceipt(
            880000 + $i,
            3000 + $i,
            1500 + ($i * 211) % 90000,
            $campaigns[$i % 3],
            'pi_' . bin2hex(random_bytes(12)),
            sprintf('Given in honour of %s on the occasion of their retirement after %d years of service to the shelter. Please let the family know this gift was made.', 'Honoree ' . substr(md5((string) $i), 0, 8), 5 + $i % 30),
        ));
    }
}

(new Worker($app))->daemon(receiptJobs((int) (getenv('PHPLEAK_N') ?: 100)));
