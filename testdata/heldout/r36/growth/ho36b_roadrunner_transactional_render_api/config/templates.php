<?php

return [
    'locales' => ['en', 'de', 'fr'],
    'templates' => [
        'order_shipped' => [
            'subject' => 'Your order {{ order.number }} is on its way, {{ customer.first_name }}',
            'html' => '<h1>{{ brand.name }}</h1><p>Hi {{ customer.first_name }},</p><p>Order {{ order.number }} shipped via {{ order.carrier }}.</p>'
                . '<table>{{#items}}<tr><td>{{ sku }}</td><td>{{ title }}</td><td>{{ qty }}</td></tr>{{/items}}</table>',
        ],
        'password_reset' => [
            'subject' => '{{ brand.name }}: reset your password',
            'html' => '<p>Hi {{ customer.first_name }}, use <a href="{{ reset_url }}">this link</a> within 60 minutes.</p>',
        ],
        'invoice_ready' => [
            'subject' => 'Invoice {{ order.number }} from {{ brand.name }}',
            'html' => '<p>Your invoice for {{ order.number }} is attached.</p><ul>{{#items}}<li>{{ title }} x{{ qty }}</li>{{/items}}</ul>',
        ],
    ],
];
