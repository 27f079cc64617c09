<?php

require __DIR__ . '/vendor/viewkit/Factory.php';
require __DIR__ . '/vendor/viewkit/View.php';
require __DIR__ . '/vendor/octane_worker.php';
require __DIR__ . '/app/Audience/Recipient.php';
require __DIR__ . '/app/Audience/SuppressionList.php';
require __DIR__ . '/app/Mail/PersonalizationContext.php';
require __DIR__ . '/app/Mail/CampaignComposer.php';

use App\Audience\Recipient;
use App\Audience\SuppressionList;
use App\Mail\CampaignComposer;
use ViewKit\Factory;
use ViewKit\View;

// --- boot (once per worker) ---
View::swap(new Factory(['brand' => 'Acme Outdoor', 'year' => '2024']));
View::register('partials.header', '<header>{{ brand }} &middot; {{ preheader }}</header>');
View::register('partials.footer', '<footer><a href="{{ unsubscribe_url }}">Unsubscribe</a> | <a href="{{ view_online_url }}">View online</a> &copy; {{ year }}</footer>');
View::register('campaign.spring.subject', '{{ first_name }}, our {{ campaign_name }} is here');
View::register('campaign.spring.body', "@include('partials.header')<h1>{{ subject }}</h1><p>Hi {{ first_name }}, picks for {{ segments }}.</p>@include('partials.footer')");

$composer = new CampaignComposer(
    new SuppressionList(['mailinator.com', 'bounce.example.net']),
    'whsec_4f1c0e5b9a7d',
);

$campaign = [
    'id' => 'cmp_2024_spring',
    'name' => 'Spring Sale',
    'subject_view' => 'campaign.spring.subject',
    'body_view' => 'campaign.spring.body',
];

$requests = (function (int $n) {
    $domains = ['gmail.com', 'outlook.com', 'mailinator.com', 'acme-corp.io', 'bounce.example.net'];
    for ($i = 0; $i < $n; $i++) {
        $batch = [];
        for ($j = 0; $j < 3; $j++) {
            $id = 10000 + $i * 3 + $j;
            $batch[] = [
                'id' => $id,
                'email' => "Lead.$id@" . $domains[($i + $j) % count($domains)],
                'first_name' => ['ana', 'bruno', 'chen', 'dana'][$id % 4],
                'locale' => ['en', 'de', 'pt'][$id % 3],
                'tags' => $id % 7 === 0 ? ['newsletter', 'unsubscribed'] : ['newsletter', 'hiking'],
            ];
        }
        yield ['recipients' => $batch, 'sent_at' => 1714000000 + $i];
    }
})((int) (getenv('PHPLEAK_N') ?: 100));

$worker = new Octane\Worker(function (array $request) use ($composer, $campaign): void {
    foreach ($request['recipients'] as $row) {
        $composer->compose(Recipient::fromPayload($row), $campaign);
    }
});

$worker->run($requests);
