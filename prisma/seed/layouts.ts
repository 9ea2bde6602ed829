// Builds a hall's seat plan from a few believable facts: rows, seats per
// row, aisles, premium rows at the back, couple seats in the last row,
// wheelchair spaces with a companion seat beside each in the front row.

export interface HallPlan {
  rows: number;
  seatsPerRow: number;
  /** Seat numbers after which an aisle (an empty grid column) runs. */
  aisleAfter: number[];
  premiumRows: number;
  coupleRow: boolean;
  /** Even number: each space comes with a companion seat next to it. */
  wheelchairSpaces: number;
}

export type PlanSeatType = "STANDARD" | "PREMIUM" | "WHEELCHAIR" | "COMPANION" | "COUPLE";

export interface PlanSeat {
  rowLabel: string;
  number: number;
  label: string;
  gridRow: number;
  gridCol: number;
  type: PlanSeatType;
  /** Label of the other half of a couple seat. */
  pairLabel: string | null;
}

// Cinemas skip I and O so that row labels never read as 1 and 0.
const ROW_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

export function rowLabel(index: number): string {
  return ROW_LETTERS[index] ?? `R${index + 1}`;
}

export function gridColumns(plan: HallPlan): number {
  return plan.seatsPerRow + plan.aisleAfter.length;
}

export function buildPlan(plan: HallPlan): PlanSeat[] {
  const seats: PlanSeat[] = [];
  for (let row = 0; row < plan.rows; row++) {
    const label = rowLabel(row);
    const isLast = row === plan.rows - 1;
    const isPremium = row >= plan.rows - plan.premiumRows - (plan.coupleRow ? 1 : 0) && !(plan.coupleRow && isLast);
    for (let number = 1; number <= plan.seatsPerRow; number++) {
      const aislesBefore = plan.aisleAfter.filter((after) => after < number).length;
      let type: PlanSeatType = isPremium ? "PREMIUM" : "STANDARD";
      let pairLabel: string | null = null;
      if (plan.coupleRow && isLast) {
        type = "COUPLE";
        // Pairs never straddle an aisle: pair within each block of seats.
        const blockStart = [0, ...plan.aisleAfter].filter((after) => after < number).pop()! + 1;
        const offset = number - blockStart;
        const blockEnd = plan.aisleAfter.find((after) => after >= number) ?? plan.seatsPerRow;
        const partner = offset % 2 === 0 ? number + 1 : number - 1;
        if (partner > blockEnd || partner < blockStart) type = "PREMIUM";
        else pairLabel = `${label}${partner}`;
      }
      if (row === 0 && plan.wheelchairSpaces > 0) {
        // Spaces at both ends of the front row: wheelchair on the outside, companion inside.
        const perSide = plan.wheelchairSpaces / 2;
        const fromLeft = number - 1;
        const fromRight = plan.seatsPerRow - number;
        const edge = Math.min(fromLeft, fromRight);
        if (edge < perSide) type = "WHEELCHAIR";
        else if (edge < perSide * 2) type = "COMPANION";
      }
      seats.push({
        rowLabel: label,
        number,
        label: `${label}${number}`,
        gridRow: row,
        gridCol: number - 1 + aislesBefore,
        type,
        pairLabel,
      });
    }
  }
  return seats;
}
