<?php

$base = __DIR__ . '/vendor/laravel/framework/src/Illuminate';
require $base . '/Container/Container.php';
require $base . '/Support/Facades/Facade.php';
require $base . '/Events/Dispatcher.php';
require $base . '/Mail/Mailer.php';
require $base . '/Mail/Events/MessageSent.php';
require $base . '/Queue/Worker.php';
require __DIR__ . '/app/Support/SentMessageLog.php';
require __DIR__ . '/app/Listeners/RecordSentMessage.php';
require __DIR__ . '/app/Mail/CampaignMail.php';
require __DIR__ . '/app/Jobs/SendCampaignEmail.php';
require __DIR__ . '/app/Providers/AppServiceProvider.php';

use App\Jobs\CampaignStats;
use App\Jobs\SendCampaignEmail;
use Illuminate\Queue\Worker;

$app = require __DIR__ . '/bootstrap/app.php';
CampaignStats::$activeCampaigns = ['cmp_spring_launch', 'cmp_winback_q2', 'cmp_onboarding_d3'];

$pop = static function (int $i): SendCampaignEmail {
    $campaigns = [
        'cmp_spring_launch' => 'Spring is here, {{first_name}}: 3 new features in {{plan}}',
        'cmp_winback_q2' => 'We miss you, {{first_name}} — your {{plan}} workspace is waiting',
        'cmp_onboarding_d3' => 'Day 3 with {{plan}}: import your contacts',
    ];
    $id = array_keys($campaigns)[$i % 3];

    return new SendCampaignEmail(
        $id,
        sprintf('subscriber.%d@%s', 100000 + $i, ['gmail.test', 'fastmail.test', 'company.test'][$i % 3]),
        $campaigns[$id],
        bin2hex(random_bytes(16)),
        ['first_name' => ['Ada', 'Linus', 'Grace', 'Ken'][$i % 4], 'plan' => ['Starter', 'Growth', 'Scale'][$i % 3]],
    );
};

(new Worker($app))->daemon($pop, (int) (getenv('PHPLEAK_N') ?: 100));
