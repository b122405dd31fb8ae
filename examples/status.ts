// The status page of the school: the referral form's confirmation links here
// (`status-page="status.html"` on school.html), `status.html#status=<id>.<token>`.
import '@vangnet/widget/provider';
import '@vangnet/widget/referral-status';
