<?php

return [
    'user_agent' => 'AcmePreviewBot/2.3 (+https://acme.test/bot)',
    'allowed_hosts' => [
        'shop.northwind.test',
        'blog.contoso.test',
        'news.fabrikam.test',
        'docs.tailspin.test',
        'www.wingtip.test',
        'forum.adventure-works.test',
    ],
    'robots_ttl' => 3600,
];
