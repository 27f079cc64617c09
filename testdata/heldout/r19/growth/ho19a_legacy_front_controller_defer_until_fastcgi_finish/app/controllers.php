<?php

declare(strict_types=1);

function audit(string $action, string $subject, array $payload): void
{
    $entry = new AuditEntry(
        $action,
        $subject,
        (string) ($_SERVER['REMOTE_ADDR'] ?? '-'),
        json_encode($payload + ['ua' => $_SERVER['HTTP_USER_AGENT'] ?? null], JSON_THROW_ON_ERROR),
        microtime(true),
    );
    defer([app_service('audit'), 'write'], $entry);
}

function checkout_submit(): string
{
    $cartId = (string) ($_POST['cart_id'] ?? '');
    $email = filter_var($_POST['email'] ?? '', FILTER_VALIDATE_EMAIL);
    if ($cartId === '' || $email === false) {
        http_response_code(422);

        return '<p class="error">Invalid checkout</p>';
    }

    audit('checkout.submitted', $cartId, ['items' => $_POST['items'] ?? [], 'note' => $_POST['note'] ?? '']);
    defer([app_service('mailer'), 'queueReceipt'], $email, $cartId);

    return '<h1>Thank you!</h1><p>Your order ' . htmlspecialchars($cartId) . ' is on its way.</p>';
}

function product_view(): string
{
    $id = (int) ($_GET['id'] ?? 0);

    return sprintf('<article data-id="%d"><h1>Product %d</h1></article>', $id, $id);
}
